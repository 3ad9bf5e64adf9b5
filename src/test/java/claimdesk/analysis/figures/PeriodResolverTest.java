package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodResolverTest {

    @ParameterizedTest(name = "[{index}] {0} published {1}")
    @CsvSource(delimiter = '|', textBlock = """
            in the past two weeks | 2025-07-06 | 2025-06-22 | 2025-07-06
            over the past week | 2025-07-06 | 2025-06-29 | 2025-07-06
            for the past 10 days | 2025-07-06 | 2025-06-26 | 2025-07-06
            in the last three months | 2025-07-06 | 2025-04-06 | 2025-07-06
            since the beginning of the year | 2025-07-06 | 2025-01-01 | 2025-07-06
            since the start of 2024 | 2025-07-06 | 2024-01-01 | 2025-07-06
            this year | 2025-07-06 | 2025-01-01 | 2025-07-06
            so far this year | 2025-07-06 | 2025-01-01 | 2025-07-06
            this month | 2025-07-06 | 2025-07-01 | 2025-07-06
            since last year | 2025-07-06 | 2024-01-01 | 2025-07-06
            Since last year | 2025-07-06 | 2024-01-01 | 2025-07-06
            last year | 2025-07-06 | 2024-01-01 | 2024-12-31
            last month | 2025-07-06 | 2025-06-01 | 2025-06-30
            last week | 2025-07-06 | 2025-06-23 | 2025-06-29
            on Saturday, 5 July | 2025-07-06 | 2025-07-05 | 2025-07-05
            on 23 June | 2025-07-06 | 2025-06-23 | 2025-06-23
            on 28 December | 2025-01-03 | 2024-12-28 | 2024-12-28
            on 12 March 2025 | 2025-07-06 | 2025-03-12 | 2025-03-12
            on July 5 | 2025-07-06 | 2025-07-05 | 2025-07-05
            on Saturday | 2025-07-06 | 2025-07-05 | 2025-07-05
            on Sunday | 2025-07-06 | 2025-07-06 | 2025-07-06
            between 1 April and 15 July | 2025-07-20 | 2025-04-01 | 2025-07-15
            between 1 April and 15 July 2024 | 2025-07-20 | 2024-04-01 | 2024-07-15
            between July and October 2025 | 2025-12-01 | 2025-07-01 | 2025-10-31
            between November and February 2025 | 2025-12-01 | 2024-11-01 | 2025-02-28
            from January to October 2025 | 2025-12-01 | 2025-01-01 | 2025-10-31
            between 2019 and 2021 | 2025-12-01 | 2019-01-01 | 2021-12-31
            in 2022 | 2025-07-06 | 2022-01-01 | 2022-12-31
            in early 2022 | 2025-07-06 | 2022-01-01 | 2022-12-31
            in March | 2025-07-06 | 2025-03-01 | 2025-03-31
            in September | 2025-07-06 | 2024-09-01 | 2024-09-30
            in November 2023 | 2025-07-06 | 2023-11-01 | 2023-11-30
            In August 2025 | 2025-12-01 | 2025-08-01 | 2025-08-31
            in February 2024 | 2025-07-06 | 2024-02-01 | 2024-02-29
            up to June 2025 | 2025-12-01 | | 2025-06-30
            yesterday | 2025-07-06 | 2025-07-05 | 2025-07-05
            from 1 April to 15 July | 2025-07-20 | 2025-04-01 | 2025-07-15
            in the first six months of 2025 | 2025-12-01 | 2025-01-01 | 2025-06-30
            during the first three months of the year | 2025-07-06 | 2025-01-01 | 2025-03-31
            during 2023 | 2025-07-06 | 2023-01-01 | 2023-12-31
            as of June 2025 | 2025-07-06 | | 2025-06-30
            within the past week | 2025-07-06 | 2025-06-29 | 2025-07-06
            over the weekend | 2025-07-06 | 2025-07-05 | 2025-07-06
            over the weekend | 2025-07-09 | 2025-07-05 | 2025-07-06
            in the first half of 2025 | 2025-12-01 | 2025-01-01 | 2025-06-30
            during the second half of the year | 2025-12-01 | 2025-07-01 | 2025-12-31
            in recent months | 2025-07-06 | |
            in the past few days | 2025-07-06 | |
            daily | 2025-07-06 | |
            """)
    void resolvesPhrases(String phrase, LocalDate published, LocalDate from, LocalDate to) {
        PeriodResolver.Range r = PeriodResolver.resolve(phrase, published);
        assertEquals(from, r.from(), "from");
        assertEquals(to, r.to(), "to");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            in 2022 | 2022-01-01 | 2022-12-31
            on 12 March 2025 | 2025-03-12 | 2025-03-12
            between July and September 2025 | 2025-07-01 | 2025-09-30
            since 2021 | 2021-01-01 |
            up to June 2025 | | 2025-06-30
            in the past two weeks | |
            this year | |
            on Saturday, 5 July | |
            in March | |
            """)
    void resolvesOnlyAbsolutePhrasesWithoutPublicationDate(String phrase, LocalDate from, LocalDate to) {
        PeriodResolver.Range r = PeriodResolver.resolve(phrase, null);
        assertEquals(from, r.from(), "from");
        assertEquals(to, r.to(), "to");
    }

    @Test
    void rejectsImpossibleDaysAndUnknownPhrases() {
        assertEquals(PeriodResolver.Range.UNKNOWN, PeriodResolver.resolve("on 31 June", LocalDate.of(2025, 7, 6)));
        assertEquals(PeriodResolver.Range.UNKNOWN, PeriodResolver.resolve("per day", LocalDate.of(2025, 7, 6)));
        assertEquals(PeriodResolver.Range.UNKNOWN, PeriodResolver.resolve(null, LocalDate.of(2025, 7, 6)));
        // Month names are read only when capitalised: "in may" is not a month.
        assertEquals(PeriodResolver.Range.UNKNOWN, PeriodResolver.resolve("in may", LocalDate.of(2025, 7, 6)));
    }
}
