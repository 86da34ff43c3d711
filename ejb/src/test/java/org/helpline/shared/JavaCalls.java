package org.helpline.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Just enough reading of Java source to find calls and their arguments: comments are dropped, string and
 * character literals are kept whole, and an argument list is split at its own commas only. Enough for the
 * source rules the unit tests hold the code to; not a parser.
 */
final class JavaCalls {

    /** One call found: the file, the line it starts on, what matched before the bracket, and each argument. */
    record Call(Path file, int line, String callee, List<String> arguments) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + callee + "(" + String.join(", ", arguments) + ")";
        }
    }

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private JavaCalls() {
    }

    /** Every {@code .java} file under {@code root}, or none when it does not exist. */
    static List<Path> sources(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's code with its comments blanked out (line breaks kept, so line numbers still count). */
    static String code(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    code.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(text, i);
                code.append(text, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Calls in {@code code} whose text before the opening bracket matches {@code callee} (ending just before it). */
    static List<Call> calls(Path file, String code, Pattern callee) {
        List<Call> calls = new ArrayList<>();
        Matcher found = callee.matcher(code);
        while (found.find()) {
            int open = found.end();
            while (open < code.length() && Character.isWhitespace(code.charAt(open))) {
                open++;
            }
            if (open >= code.length() || code.charAt(open) != '(') {
                continue;
            }
            int line = (int) code.substring(0, found.start()).chars().filter(ch -> ch == '\n').count() + 1;
            calls.add(new Call(file, line, found.group().strip(), arguments(code, open)));
        }
        return calls;
    }

    /** The string literals an argument holds, with their quotes. */
    static List<String> literals(String argument) {
        List<String> literals = new ArrayList<>();
        Matcher literal = STRING.matcher(argument);
        while (literal.find()) {
            literals.add(literal.group());
        }
        return literals;
    }

    /** The arguments of the bracket opened at {@code open}, each stripped; none for {@code ()}. */
    static List<String> arguments(String code, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = code.substring(start, i).strip();
                    if (!last.isEmpty() || !arguments.isEmpty()) {
                        arguments.add(last);
                    }
                    return arguments;
                }
            } else if (c == ',' && depth == 1) {
                arguments.add(code.substring(start, i).strip());
                start = i + 1;
            }
            i++;
        }
        throw new IllegalStateException("unclosed bracket at " + open);
    }

    /** Where the string, text block or character literal starting at {@code start} ends (just after it). */
    private static int endOfLiteral(String text, int start) {
        char quote = text.charAt(start);
        if (quote == '"' && text.startsWith("\"\"\"", start)) {
            int end = text.indexOf("\"\"\"", start + 3);
            return end < 0 ? text.length() : end + 3;
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }
}
