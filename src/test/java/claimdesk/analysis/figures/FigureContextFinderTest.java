package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureContextFinderTest {

    static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 6);

    private final FigureContextFinder finder = new FigureContextFinder();

    /** A count figure over the first occurrence of {@code figureText} in {@code text}. */
    static Figure figure(String text, String figureText) {
        int start = text.indexOf(figureText);
        assertTrue(start >= 0, () -> "'" + figureText + "' not in: " + text);
        return new Figure(Span.of(text, start, start + figureText.length()), FigureKind.COUNT, null, null, true,
                true, false, null, null, null, null, null);
    }

    static void assertSpan(String part, String expected, Span actual, String text) {
        if (expected == null) {
            assertNull(actual, () -> part + " should be absent but was '" + actual.text() + "'");
            return;
        }
        assertNotNull(actual, () -> part + " missing, expected '" + expected + "'");
        assertEquals(expected, actual.text(), part);
        assertEquals(text.substring(actual.start(), actual.end()), actual.text(), part + " offsets");
    }

    private Figure.FigureContext contextOf(String text, String figureText) {
        return finder.find(text, figure(text, figureText), PUBLISHED);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            According to Bijar, more than 75,000 undocumented Afghan migrants have left Iran in the past two weeks, with over 75 percent doing so voluntarily. | more than 75,000 | undocumented Afghan migrants | left | Iran | in the past two weeks | Bijar
            According to Bijar, more than 75,000 undocumented Afghan migrants have left Iran in the past two weeks, with over 75 percent doing so voluntarily. | over 75 percent | undocumented Afghan migrants | left | Iran | in the past two weeks | Bijar
            While local return camps in Sistan and Baluchestan have capacity for about 3,000 people, Bijar said as many as 14,000 individuals had recently sought repatriation to Afghanistan. | about 3,000 | people | | Sistan and Baluchestan | | Bijar
            While local return camps in Sistan and Baluchestan have capacity for about 3,000 people, Bijar said as many as 14,000 individuals had recently sought repatriation to Afghanistan. | as many as 14,000 | individuals | sought repatriation | | | Bijar
            The United Nations High Commissioner for Refugees (UNHCR) recently reported that more than 1.2 million Afghan citizens have been forcibly deported from Iran and Pakistan since the beginning of the year. | more than 1.2 million | Afghan citizens | deported | Iran and Pakistan | since the beginning of the year | United Nations High Commissioner for Refugees
            The Taliban’s High Commission for Migrants’ Issues has reported that 26320 Afghan migrants were deported from Iran on Saturday, 5 July, one of the highest daily figures recorded in recent months. | 26320 | Afghan migrants | deported | Iran | on Saturday, 5 July | Taliban’s High Commission for Migrants’ Issues
            In a statement issued Sunday, the commission said 12574 individuals entered Afghanistan through the Islam Qala border crossing, while 13746 crossed via Pul-e Abrisham in Nimruz province. | 12574 | individuals | entered | Islam Qala border crossing | | commission
            In a statement issued Sunday, the commission said 12574 individuals entered Afghanistan through the Islam Qala border crossing, while 13746 crossed via Pul-e Abrisham in Nimruz province. | 13746 | individuals | crossed | Pul-e Abrisham | | commission
            The commission stated that the deported migrants collectively received 40.7 million Afghanis in humanitarian assistance. Of those returned, 1257 individuals have so far been relocated to seven northern provinces. | 1257 | individuals | relocated | | so far | commission
            Separately, the Taliban governor’s office in Nimruz reported that at least 65000 Afghan migrants entered the country through the Pul-e Abrisham crossing over the past week alone. | at least 65000 | Afghan migrants | entered | Pul-e Abrisham crossing | over the past week | Taliban governor’s office in Nimruz
            In the wake of a recent 12-day conflict with Israel, Iran has also stepped up deportations of Afghan nationals, removing tens of thousands of migrants daily. | tens of thousands | migrants | removing | | |
            The Sunday Times recently reported that Iran has launched one of the largest mass expulsions in modern history, with more than one million Afghans deported. | more than one million | Afghans | deported | | | Sunday Times
            According to the UN High Commissioner for Refugees (UNHCR), Pakistan deported 286,631 Afghan nationals between 1 April and 15 July. | 286,631 | Afghan nationals | deported | Pakistan | between 1 April and 15 July | UN High Commissioner for Refugees
            All forced returns of refugees and asylum seekers to Afghanistan must immediately end, Amnesty International said, as the latest UN figures revealed that Iran and Pakistan alone have unlawfully expelled more than 2.6 million people to the country this year. | more than 2.6 million | people | expelled | Iran and Pakistan | this year | UN
            All forced returns must immediately end, Amnesty International said, as the latest UN figures revealed that Iran and Pakistan alone have unlawfully expelled more than 2.6 million people to the country this year. About 60% of those returned are women and children. | About 60% | those | returned | | | UN
            Meanwhile, in Iran, at least 2.6 million Afghans were registered in 2022 for temporary protection and access basic services. | at least 2.6 million | Afghans | registered | Iran | in 2022 |
            The Iranian authorities’ mass expulsions scaled up in June 2025, and between July and October 2025, over 900,000 Afghans were unlawfully expelled from Iran, out of 1.6 million between January and October 2025. | over 900,000 | Afghans | expelled | Iran | between July and October 2025 |
            The Iranian authorities’ mass expulsions scaled up in June 2025, and between July and October 2025, over 900,000 Afghans were unlawfully expelled from Iran, out of 1.6 million between January and October 2025. | 1.6 million | Afghans | expelled | Iran | between January and October 2025 |
            In August 2025, a survey by UNHCR reported that 82% of the returnees were in debt due to displacement, a lack of jobs, and loans taken to meet basic needs upon arrival in Afghanistan. | 82% | the returnees | | | In August 2025 | UNHCR
            According to UN estimates, half of those deported from Pakistan were women and girls, while 30% of deportees from Iran up to June 2025 were women and girls. | 30% | deportees | | Iran | up to June 2025 | UN
            This is without even mentioning the dire and deepening humanitarian crises, with more than 22 million people – nearly half of the country’s population – in need of assistance,” said Smriti Singh, Amnesty International’s Regional Director for South Asia. | more than 22 million | people | | | | Smriti Singh
            The UN Assistance Mission in Afghanistan (UNAMA) documented 21 instances of arbitrary arrest, torture, and ill-treatment, along with the killings of 14 former members of the security and defence personnel between July and September 2025 alone. | 14 | former members | killings | | between July and September 2025 | UN Assistance Mission in Afghanistan
            Since last year, the Pakistan government has deported 527,000 Afghans. | 527,000 | Afghans | deported | Pakistan | Since last year |
            In a survey carried out in November 2023, Gallup Pakistan found that 84% of the respondents “strongly approved” the government’s move to expel the “illegal” refugees and migrants, mainly from Afghanistan. | 84% | the respondents | | | in November 2023 | Gallup Pakistan
            In a survey carried out in November 2023, Gallup Pakistan found that 84% of the respondents “strongly approved” the move. The survey also found that 64% of the respondents said the repatriation of the Afghans would lead to improved security and peace in Pakistan. | 64% | the respondents | | | | Gallup Pakistan
            The protest followed Germany’s recent decision to deport 81 Afghan asylum seekers on a charter flight, citing criminal convictions. | 81 | Afghan asylum seekers | deport | | |
            Over half a million Afghans fled Pakistan after the government asked all undocumented migrants to leave or face arrest. | Over half a million | Afghans | fled | Pakistan | |
            Amnesty International conducted 11 remote interviews: seven with those who were forced to return to Afghanistan from Iran and Pakistan, between July and November 2025. | 11 | remote interviews | conducted | | between July and November 2025 |
            A senior Iranian military official previously stated that 330 kilometres of Iran’s eastern border with Afghanistan would be sealed off by the end of 2024. | 330 | kilometres | | | by the end of 2024 | senior Iranian military official
            Officials said 3,400 families and 1,200 unaccompanied children crossed at Torkham on Monday. | 3,400 | families | crossed | Torkham | on Monday | Officials
            Officials said 3,400 families and 1,200 unaccompanied children crossed at Torkham on Monday. | 1,200 | unaccompanied children | crossed | Torkham | on Monday | Officials
            Police arrested 250 men in Karachi, while 40 women were detained in Quetta last week. | 250 | men | arrested | Karachi | |
            Police arrested 250 men in Karachi, while 40 women were detained in Quetta last week. | 40 | women | detained | Quetta | last week |
            More than 2.6 million people expelled from Iran this year, officials said. | More than 2.6 million | people | expelled | Iran | this year | officials
            At least 2.6 million Afghans were registered in 2022. | At least 2.6 million | Afghans | registered | | in 2022 |
            The ministry recorded 1,500 deportations from Iran in March. | 1,500 | | deportations | Iran | in March |
            Aid groups counted 900 returns at Torkham on 12 March 2025, the agency said. | 900 | | returns | Torkham | on 12 March 2025 | agency
            The camps received 1,200 families, 800 single men and 300 unaccompanied minors last month. | 800 | single men | received | | last month |
            The camps received 1,200 families, 800 single men and 300 unaccompanied minors last month. | 300 | unaccompanied minors | received | | last month |
            He said 4,000 Afghans fled Pakistan since the beginning of the year. | 4,000 | Afghans | fled | Pakistan | since the beginning of the year | He
            Khan said the camps were full. He added that 4,000 Afghans had returned from Iran in the past month. | 4,000 | Afghans | returned | Iran | in the past month | Khan
            According to the International Organization for Migration (IOM), 5,100 Afghans returned from Pakistan in June. | 5,100 | Afghans | returned | Pakistan | in June | International Organization for Migration
            Amnesty International said 1,300 people were arrested at the Chaman crossing on Friday. | 1,300 | people | arrested | Chaman crossing | on Friday | Amnesty International
            Some 7,500 returnees arrived via Spin Boldak, the UN refugee agency reported. | 7,500 | returnees | arrived | Spin Boldak | | UN refugee agency
            The report found that 45 percent of the returnees were children. | 45 percent | the returnees | | | | report
            In Herat province, 2,300 families were registered for aid. | 2,300 | families | registered | Herat province | |
            Iran expelled 15,000 Afghans on 3 July and 18,000 on 4 July. | 15,000 | Afghans | expelled | Iran | on 3 July |
            Iran expelled 15,000 Afghans on 3 July and 18,000 on 4 July. | 18,000 | Afghans | expelled | Iran | on 4 July |
            On 21 November, an Afghan media outlet operating from abroad reported that Taliban had arrested five former security personnel who had been deported from Iran. | five | former security personnel | arrested | | On 21 November | Afghan media outlet operating from abroad
            Nearly 1,000 Afghans a day are crossing into Afghanistan at Torkham, officials said. | 1,000 | Afghans | crossing | Torkham | | officials
            Over 500 families were forcibly returned to Kabul from Pakistan last week, according to local officials. | 500 | families | returned | Pakistan | last week | local officials
            A total of 3,500 Afghans, including 1,200 children, were deported from Turkey in 2024. | 3,500 | Afghans | deported | Turkey | in 2024 |
            A total of 3,500 Afghans, including 1,200 children, were deported from Turkey in 2024. | 1,200 | children | deported | Turkey | in 2024 |
            UNHCR estimates that 1.4 million registered refugees remain in Pakistan. | 1.4 million | registered refugees | | Pakistan | | UNHCR
            The number of deportations rose to 12,000 in May, the ministry said. | 12,000 | | deportations | | in May | ministry
            The number of Afghan returnees rose to 1.2 million this year. | 1.2 million | Afghan returnees | rose | | this year |
            Of the 75,000 people who left Iran, 60 percent were men. | 75,000 | people | left | Iran | |
            Of the 75,000 people who left Iran, 60 percent were men. | 60 percent | people | left | Iran | |
            The agency recorded 1,100 arrests in Islamabad and 900 in Rawalpindi during the operation. | 900 | | arrests | Rawalpindi | |
            Herat province received 20,000 returnees during the past 24 hours, the provincial governor said. | 20,000 | returnees | received | | during the past 24 hours | provincial governor
            “We registered 1,800 families yesterday,” said Ahmad Shah, a camp official. | 1,800 | families | registered | | yesterday | Ahmad Shah
            Since January, 1.1 million Afghans have returned from Iran, the IOM said in a statement on Thursday. | 1.1 million | Afghans | returned | Iran | Since January | IOM
            More than 6,000 people were deported on Friday alone, Taliban officials told the AFP news agency. | 6,000 | people | deported | | on Friday | Taliban officials
            Pakistani authorities have arrested at least 7,000 Afghans in Karachi and Quetta since April, police said. | 7,000 | Afghans | arrested | Karachi and Quetta | since April | police
            Iranian police said they had detained 2,500 undocumented Afghans during raids in Tehran over the weekend. | 2,500 | undocumented Afghans | detained | Tehran | over the weekend | Iranian police
            The Norwegian Refugee Council said that about 300,000 returnees had crossed through Torkham in the first half of 2025. | 300,000 | returnees | crossed | Torkham | in the first half of 2025 | Norwegian Refugee Council
            In Kabul, 850 families have been resettled since March. | 850 | families | resettled | Kabul | since March |
            Returns from Iran peaked at 40,000 on a single day in July, the IOM reported. | 40,000 | | Returns | | in July | IOM
            It said 1,200 had been expelled, while 600 were detained, in Herat. | 1,200 | | expelled | | | It
            Iran is deporting 5,000 Afghans daily through Islam Qala. | 5,000 | Afghans | deporting | Islam Qala | |
            Officials said 4,500 Afghans per day were crossing back at Islam Qala. | 4,500 | Afghans | crossing | Islam Qala | | Officials
            Iran Deports 26,000 Afghans In One Day | 26,000 | Afghans | Deports | Iran | |
            Mr. Khan said 2,000 Afghans left Iran on Monday. | 2,000 | Afghans | left | Iran | on Monday | Khan
            """)
    void readsContextOfSnippets(String text, String figureText, String subject, String event, String place,
                                String period, String source) {
        Figure.FigureContext c = contextOf(text, figureText);
        assertSpan("subject", subject, c.subject(), text);
        assertSpan("event", event, c.event(), text);
        assertSpan("place", place, c.place(), text);
        assertSpan("period", period, c.period(), text);
        assertSpan("source", source, c.source(), text);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            According to Bijar, more than 75,000 undocumented Afghan migrants have left Iran in the past two weeks. | more than 75,000 | 2025-06-22 | 2025-07-06
            More than 1.2 million Afghan citizens have been deported since the beginning of the year. | 1.2 million | 2025-01-01 | 2025-07-06
            The Taliban said 26320 Afghan migrants were deported from Iran on Saturday, 5 July. | 26320 | 2025-07-05 | 2025-07-05
            Pakistan deported 286,631 Afghan nationals between 1 April and 15 July. | 286,631 | 2025-04-01 | 2025-07-15
            At least 2.6 million Afghans were registered in 2022. | 2.6 million | 2022-01-01 | 2022-12-31
            Since last year, the Pakistan government has deported 527,000 Afghans. | 527,000 | 2024-01-01 | 2025-07-06
            Iran and Pakistan have expelled more than 2.6 million people this year. | 2.6 million | 2025-01-01 | 2025-07-06
            Some 30% of deportees from Iran up to June 2025 were women and girls. | 30% | | 2025-06-30
            Amnesty International said 1,300 people were arrested on Friday. | 1,300 | 2025-07-04 | 2025-07-04
            The ministry recorded 1,500 deportations from Iran in March. | 1,500 | 2025-03-01 | 2025-03-31
            Officials said 4,000 Afghans returned in recent weeks. | 4,000 | |
            """)
    void resolvesPeriodDates(String text, String figureText, LocalDate from, LocalDate to) {
        Figure.FigureContext c = contextOf(text, figureText);
        assertNotNull(c.period(), "period");
        assertEquals(from, c.periodFrom(), "from");
        assertEquals(to, c.periodTo(), "to");
    }

    @Test
    void resolvesOnlyAbsolutePeriodsWithoutPublicationDate() {
        String relative = "More than 75,000 Afghan migrants have left Iran in the past two weeks.";
        Figure.FigureContext c = finder.find(relative, figure(relative, "75,000"), null);
        assertEquals("in the past two weeks", c.period().text());
        assertNull(c.periodFrom());
        assertNull(c.periodTo());

        String absolute = "At least 2.6 million Afghans were registered in 2022.";
        Figure.FigureContext d = finder.find(absolute, figure(absolute, "2.6 million"), null);
        assertEquals(LocalDate.of(2022, 1, 1), d.periodFrom());
        assertEquals(LocalDate.of(2022, 12, 31), d.periodTo());
    }

    @Test
    void expelledAndRegisteredFiguresGetDifferentEvents() {
        String text = "Iran and Pakistan have expelled 2.6 million people this year. "
                + "In Iran, 2.6 million Afghans were registered in 2022.";
        int second = text.indexOf("2.6 million", text.indexOf("2.6 million") + 1);
        Figure registered = new Figure(Span.of(text, second, second + 11), FigureKind.COUNT, null, null, true, true,
                false, null, null, null, null, null);
        Figure.FigureContext a = contextOf(text, "2.6 million");
        Figure.FigureContext b = finder.find(text, registered, PUBLISHED);
        assertEquals("expel", EventLexicon.lemma(a.event().text()));
        assertEquals("register", EventLexicon.lemma(b.event().text()));
        assertNotEquals(a.periodFrom(), b.periodFrom());
        assertEquals("people", a.subject().text());
        assertEquals("Afghans", b.subject().text());
    }

    @Test
    void givesNoContextToFiguresThatAreNotStatistics() {
        String text = "At least 2.6 million Afghans were registered in 2022.";
        int start = text.indexOf("2022");
        Figure year = new Figure(Span.of(text, start, start + 4), FigureKind.YEAR, null, null, true, true, false,
                null, null, null, null, null);
        assertEquals(Figure.FigureContext.NONE, finder.find(text, year, PUBLISHED));
    }

    @Test
    void returnsNothingForAFigureWithoutWordsAround() {
        String text = "26320";
        Figure.FigureContext c = finder.find(text, figure(text, "26320"), PUBLISHED);
        assertEquals(Figure.FigureContext.NONE, c);
    }
}
