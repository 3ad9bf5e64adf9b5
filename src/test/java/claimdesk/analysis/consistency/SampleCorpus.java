package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;

import java.time.LocalDate;
import java.util.List;

/** Four seed-like articles with one planted problem of every finding kind, figures built by hand. */
final class SampleCorpus {

    static final LocalDate JULY_6 = LocalDate.of(2025, 7, 6);
    static final String LEAD = "Iran is intensifying efforts to deport undocumented Afghan migrants through planned "
            + "meetings with Taliban representatives, an Iranian provincial official said.";
    static final String DIGEST = "Iran Steps Up Deportations Of Afghans\n\n" + LEAD + "\n\n" + LEAD + "\n"
            + "According to Bijar, more than 75,000 Afghan migrants have been deported from Iran in the past two "
            + "weeks.\n\n"
            + "The commission reported that 26320 Afghan migrants were deported from Iran on Saturday, 5 July, one "
            + "of the highest daily figures recorded in recent months.\n"
            + "In a statement issued Sunday, the commission said 12574 individuals entered Afghanistan through the "
            + "Islam Qala border crossing, while 13476 crossed via Pul-e Abrisham in Nimruz province.\n";
    static final String SHARED = "Maiwand Alami, head of the Afghan Council in Islamabad, said police have been "
            + "conducting wide-scale operations across the capital for the past 10 days.\n"
            + "According to the UN High Commissioner for Refugees (UNHCR), Pakistan deported 286,631 Afghan "
            + "nationals between 1 April and 15 July.";
    static final String PRESIDENT = "Iranian President Urges Stronger Ties\n"
            + "Iran has also stepped up deportations of Afghan nationals, removing tens of thousands of migrants "
            + "daily.\n" + SHARED;
    static final String PEZESHKIAN = "Pezeshkian Open To Visiting Afghanistan\n\n"
            + SHARED.replace("past 10 days", "past 12 days");
    static final String BORDER = "Officials said at least 40,000 people crossed at Torkham in March. The ministry "
            + "said under 30,000 people crossed at Torkham in March.\nSince last year, the Pakistan government has "
            + "deported 527,000 Afghans.\nIran and Pakistan have expelled more than 2.6 million people this year.";

    /** A wire story with a running toll, a part larger than its whole and a percentage that does not fit. */
    static final String WIRE = "Kabul wedding attack\n\n"
            + "The death toll rose to 70 on Thursday, officials said. The toll later climbed to 73 from 59, a "
            + "hospital source said.\n"
            + "Of 58,800 asylum cases, 55% were accepted, some 21,000.\n"
            + "Officials said 900 people were killed in Afghanistan in March. In Kabul alone 1,200 people were "
            + "killed in March.\n";
    /** Two year-to-date totals of unknown year: a low-confidence note. */
    static final String YEAR = "UNHCR says more than 1.2 million Afghans were deported from Iran and Pakistan since "
            + "the beginning of the year.";

    private SampleCorpus() {
    }

    static List<ArticleFigures> articles() {
        return List.of(digest(DIGEST), president(), pezeshkian(), border(), wire(), year());
    }

    /** Figures read by the real extractor, as the service stores them. */
    private static ArticleFigures wire() {
        return new ArticleFigures("005.txt", WIRE, JULY_6,
                new claimdesk.analysis.figures.FigureExtractor(
                        new claimdesk.analysis.figures.FigureContextFinder()).extract(WIRE, JULY_6));
    }

    private static ArticleFigures year() {
        return new ArticleFigures("006.txt", YEAR, JULY_6, List.of(figure(YEAR, "more than 1.2 million")
                .moreThan("1200000").subject("Afghans").event("deported").place("Iran and Pakistan")
                .period("since the beginning of the year").build()));
    }

    /** The digest article; {@code text} may be DIGEST with something inserted. */
    static ArticleFigures digest(String text) {
        return digest(text, "12574");
    }

    /** The digest article with its first crossing-point figure written as {@code firstPart}. */
    static ArticleFigures digest(String text, String firstPart) {
        return new ArticleFigures("000.txt", text, JULY_6, List.of(
                figure(text, "more than 75,000").moreThan("75000").subject("Afghan migrants").event("deported")
                        .place("Iran").period("in the past two weeks", LocalDate.of(2025, 6, 23), JULY_6).build(),
                figure(text, "26320").exactly(26320).subject("Afghan migrants").event("deported").place("Iran")
                        .period("on Saturday, 5 July", LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5)).build(),
                figure(text, firstPart).exactly(Long.parseLong(firstPart)).subject("individuals").event("entered")
                        .build(),
                figure(text, "13476").exactly(13476).event("crossed").build()));
    }

    private static ArticleFigures president() {
        return new ArticleFigures("001.txt", PRESIDENT, JULY_6, List.of(
                figure(PRESIDENT, "tens of thousands").between(20_000, 99_999).approx().perDay().subject("migrants")
                        .event("deportations").place("Iran").build(),
                pakistan(PRESIDENT)));
    }

    private static ArticleFigures pezeshkian() {
        return new ArticleFigures("002.txt", PEZESHKIAN, LocalDate.of(2025, 7, 7), List.of(pakistan(PEZESHKIAN)));
    }

    private static claimdesk.model.Figure pakistan(String text) {
        return figure(text, "286,631").exactly(286_631).subject("Afghan nationals").event("deported")
                .place("Pakistan").period("between 1 April and 15 July", LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 7, 15)).build();
    }

    private static ArticleFigures border() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        return new ArticleFigures("004.txt", BORDER, JULY_6, List.of(
                figure(BORDER, "at least 40,000").atLeast(40_000).subject("people").event("crossed")
                        .place("Torkham").period("in March", from, to).build(),
                figure(BORDER, "under 30,000", "The ministry").under(30_000).subject("people").event("crossed")
                        .place("Torkham").period("in March", from, to).build(),
                figure(BORDER, "527,000").exactly(527_000).subject("Afghans").event("deported").place("Pakistan")
                        .period("Since last year").build(),
                figure(BORDER, "more than 2.6 million").moreThan("2600000").subject("people").event("expelled")
                        .place("Iran and Pakistan").period("this year").build()));
    }
}
