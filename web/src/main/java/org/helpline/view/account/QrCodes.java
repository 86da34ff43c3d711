package org.helpline.view.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG, for an authenticator app to scan when someone sets up a second factor.
 * Inline, so the secret it carries never travels in an image address or lands in a cache.
 */
@Named
@ApplicationScoped
public class QrCodes {

    private static final int QUIET_ZONE = 4;

    /** The SVG markup for {@code text}; only squares are drawn, never the text itself. */
    public String svg(String text) {
        if (text == null) {
            return "";
        }
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + QUIET_ZONE * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"200\" height=\"200\" role=\"img\" aria-label=\"QR code for your authenticator app\""
                + " shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
