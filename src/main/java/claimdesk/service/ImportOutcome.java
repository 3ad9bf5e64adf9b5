package claimdesk.service;

import claimdesk.model.Article;

/** What happened to one file given to {@link ArticleImporter}. */
public sealed interface ImportOutcome {

    String fileName();

    /** A one-line account for the reviewer. */
    String describe();

    /** {@code figureProblem} says why the article's figures were not stored; null when they were. */
    record Imported(String fileName, Article article, String figureProblem) implements ImportOutcome {
        public Imported(String fileName, Article article) {
            this(fileName, article, null);
        }

        public String describe() {
            String imported = fileName + ": imported \"" + article.headline() + "\"";
            return figureProblem == null ? imported : imported + ", but its figures were not stored ("
                    + figureProblem + "); they are tried again at the next import or start";
        }
    }

    record AlreadyThere(String fileName, Article article) implements ImportOutcome {
        public String describe() {
            return fileName + ": already in the library as \"" + article.headline() + "\"";
        }
    }

    record Refused(String fileName, String reason) implements ImportOutcome {
        public String describe() {
            return fileName + ": not imported, " + reason;
        }
    }
}
