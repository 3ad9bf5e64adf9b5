package claimdesk.model;

import java.time.LocalDate;

/** One row of the article library: enough to list and filter articles without loading their text. */
public record ArticleSummary(long id, String headline, String outlet, LocalDate publishedOn, int claimCount) {
}
