package claimdesk.analysis.figures;

/** Writes whole numbers below a million in English words ("two hundred and five thousand and sixty-one"). */
final class EnglishWords {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    private EnglishWords() {
    }

    static String of(int n) {
        if (n < 0 || n >= 1_000_000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 1000) {
            return belowThousand(n);
        }
        String head = belowThousand(n / 1000) + " thousand";
        int rest = n % 1000;
        if (rest == 0) {
            return head;
        }
        return head + (rest < 100 ? " and " : " ") + belowThousand(rest);
    }

    private static String belowThousand(int n) {
        if (n < 100) {
            return belowHundred(n);
        }
        String head = UNITS[n / 100] + " hundred";
        return n % 100 == 0 ? head : head + " and " + belowHundred(n % 100);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + "-" + UNITS[n % 10];
    }
}
