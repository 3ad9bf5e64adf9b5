package claimdesk.service;

import claimdesk.model.Article;

/** What happened to one file given to {@link ArticleImporter}. */
public sealed interface ImportOutcome {

    String fileName();

    /** A one-line account for the reviewer. */
    String describe();

    record Imported(String fileName, Article article) implements ImportOutcome {
        public String describe() {
            return fileName + ": imported \"" + article.headline() + "\"";
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
