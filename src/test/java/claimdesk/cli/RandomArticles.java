package claimdesk.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Article files no newsroom writes, from a seeded {@link Random}: any Unicode (controls, lone surrogates,
 * right-to-left scripts and their digits), runs of thousands of digits, absurd exponents, lines of hundreds of kilobytes. Bytes,
 * not strings, so that a lone surrogate reaches the file as the invalid UTF-8 a broken exporter writes.
 */
final class RandomArticles {

    private static final String[] PIECES = {
        "more than 75,000 people", " 12574 + 13746 = 26320 ", "$1.2 million", "25%", " 1e9999 ", " 2^-999 ",
        "100000000000000000000000000000000000 dollars", "۱۲۳٬۴۵۶ نفر", "٣٠٠ شخص", "\u202Eten thousand\u202C",
        "מאה אלף", "tens of thousands daily", " in 2020 ", " since the beginning of the year ", "1 in 3",
        ". ", "\n", "\n\n", "\t", "https://x.org/a?b=30%25 ", "10-15", "-", "1,000,000,000,000,000,000,000",
        "0.0000000000000000000000000000001", "Rs. 5 lakh", "€3 billion", "\uD83D\uDE00", " half ", " 5m tonnes",
    };

    private final Random random;

    RandomArticles(long seed) {
        this.random = new Random(seed);
    }

    /** One file's bytes: usually a headline and a few kilobytes, now and then a huge run or a long line. */
    byte[] next() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Few files are invalid UTF-8 or binary: those are refused whole, and the rest should reach the extractor.
        boolean broken = random.nextInt(10) == 0;
        if (random.nextInt(4) > 0) {
            write(out, "Headline " + random.nextInt(1000) + "\n\n");
        }
        int parts = 1 + random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(9)) {
                case 0, 1 -> write(out, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> write(out, randomText(1 + random.nextInt(400), 0x10FFFF));
                case 3 -> write(out, randomText(1 + random.nextInt(200), 0x7FF));
                case 4 -> write(out, "word ".repeat(random.nextInt(50)));
                case 5 -> out.writeBytes(broken ? loneSurrogate() : "\uD835\uDFD8".getBytes(StandardCharsets.UTF_8));
                case 6 -> write(out, hugeRun());
                case 7 -> write(out, String.valueOf((char) (broken ? random.nextInt(0x20) : 1 + random.nextInt(0x1F))));
                default -> write(out, " " + random.nextLong() + " " + random.nextDouble() + " ");
            }
        }
        return out.toByteArray();
    }

    /**
     * Digits, numbers or text without a line break, up to a hundred kilobytes; rare, since storing their thousands
     * of figures costs time (the 10 MB line is {@code BoundedExtractionTest}'s).
     */
    private String hugeRun() {
        if (random.nextInt(6) > 0) {
            return "1".repeat(1 + random.nextInt(200));
        }
        return switch (random.nextInt(4)) {
            case 0 -> "9".repeat(10_000 + random.nextInt(90_000));
            case 1 -> "some 3,000 people left Herat and 25% of them paid $1.2 million "
                    .repeat(300 + random.nextInt(1_200));
            case 2 -> "1 ".repeat(2_000 + random.nextInt(8_000));
            default -> "www.a.org/1 5 ".repeat(500 + random.nextInt(3_000));
        };
    }

    private String randomText(int length, int maxCodePoint) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = random.nextInt(maxCodePoint + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    /** A high or low surrogate on its own, encoded as UTF-8 would encode it if it were a character (invalid). */
    private byte[] loneSurrogate() {
        int cp = 0xD800 + random.nextInt(0x800);
        return new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)};
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
