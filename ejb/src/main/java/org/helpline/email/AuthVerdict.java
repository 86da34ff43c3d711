package org.helpline.email;

/**
 * What the receiving mail server's sender checks (its {@code Authentication-Results} header: DMARC, else DKIM and
 * SPF) said about the {@code From} address. FAIL means the address may be forged; NONE that nothing was checked.
 */
public enum AuthVerdict {
    PASS("The sender's address passed the mail server's checks"),
    FAIL("The sender's address failed the mail server's checks: it may be forged"),
    NONE("The mail server did not check the sender's address");

    private final String label;

    AuthVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
