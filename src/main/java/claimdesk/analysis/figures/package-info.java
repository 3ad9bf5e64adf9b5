/**
 * Finding the numbers of an English news text and normalising them to {@link claimdesk.model.Figure} intervals.
 *
 * <p>{@link claimdesk.analysis.figures.NumberScanner} finds numbers as written (digits, words, vague plurals,
 * ordinals, ratios); {@link claimdesk.analysis.figures.FigureExtractor} attaches qualifiers, units, currencies,
 * ranges and rates and sets aside what is not a statistic. Everything here is pure, immutable and thread-safe.
 *
 * <p>Rules chosen where English leaves room (tests pin each one):
 * <ul>
 *   <li>Spans of qualified figures include the qualifier ("more than 75,000"); {@code qualifier} is the phrase as
 *       written, lower-cased. Ranges span both ends and their frame ("between 10,000 and 15,000", qualifier
 *       "between"); a range is closed [low, high]. A scale on the second number applies to both ("2 to 3 million",
 *       "$10 to $15 billion") unless that would unorder the range ("$370,000 to $5.5 million"). After a verb of
 *       change, "from X to Y" is two figures ("fell from $2,415 to $2,315"), the second with {@code changeFrom}.</li>
 *   <li>"more than", "over", "above", "in excess of": low exclusive, high null. "at least", "a minimum of": low
 *       inclusive, high null. "fewer than", "less than", "under", "below": high exclusive and low null, not 0:
 *       the floor of a count is obvious, and null keeps the rule the same for percents and money. "up to",
 *       "as many as", "at most", "no more than": high inclusive, low null. "about", "around", "nearly", "some"...:
 *       low = high = the written value, approx. "500 or more" / "or less" work as the qualifiers after the number.</li>
 *   <li>Vague plurals are approximate intervals: dozens 24..99, hundreds 200..999, thousands 2,000..9,999, tens of
 *       thousands 20,000..99,999, hundreds of thousands 200,000..999,999, millions 2,000,000..9,999,999.</li>
 *   <li>Shares are PERCENT in percent: "half", "a quarter of", "two thirds" (spelled-out fractions below one), and
 *       ratios "1 in 5", "3 out of 10" (20 and 30). Digit fractions ("3/4") stay plain numbers.</li>
 *   <li>Money has the ISO code in {@code currency} and unit null. "$" is USD, "rupees"/"Rs" INR unless written
 *       "Pakistani rupees"/"PKR", "tomans" are converted to rials (x10, IRR). Cents and pence keep the written
 *       number with unit "cent"/"penny" ("19 cents": 19, USD, cent; amountLow 0.19); "francs" alone has no code
 *       (currency null). "pounds" after million/billion is GBP, otherwise a weight. A glued "m" is million after
 *       a currency ("£50m") or before a plural noun ("5m people"), else metres.</li>
 *   <li>Rates: a period phrase right after the figure ("14,000 a month", "daily", "per week", "annually") or after
 *       a short noun phrase ("2,000 people a day", "tens of thousands of migrants daily") makes the figure a RATE
 *       with {@code per} day/week/month/year/hour/minute/second; the span covers the period phrase only when it is
 *       adjacent ("£100,000-a-year" too). The period may also follow a conversion in brackets ("A$1 billion
 *       ($780 million) a year": both are rates), stand before the figure ("an annual target of 8,000", "Each year,
 *       ... 200 people"), or follow "twice"/"N times" ("three times a week": 3). "a year earlier/ago", "within a
 *       day", "for a year" are not rates; a percent ("13% annually") stays a percent, a measure keeps its unit
 *       and takes the period ("25 km per hour" is km/h). Money per thing ("$50 a barrel", "115 euros a share")
 *       stays MONEY with {@code per} the thing, the phrase in its span.</li>
 *   <li>Years: a plain 4-digit number 1900..2100 is a YEAR unless a plural or counted noun follows without a year
 *       cue before it ("2022 people" is a count, "in 2022 deportations" a year). "the 1990s" is 1990..1999,
 *       "2023-24" 2023..2024, "the year 1404" a year of another calendar.</li>
 *   <li>Dates (day and month, month and year) have null low/high and span the whole date with its weekday.
 *       Durations ("10 days", "12-day", "two weeks") and ages ("aged 12", "12-year-old") span the number only,
 *       with any qualifier; ages, ordinals, identifiers ("B-17", "Resolution 2679", "G20"), times ("10:30",
 *       "3 pm") and the lone word "one" ("one of the largest") are OTHER. "3G".."6G" are network names, no figure.</li>
 *   <li>A minus sign glued to digits is a sign after a space or a word ("FTSE -0.6%", "minus-5 yards"), never
 *       after a digit ("5-10W" is a range, "2004-05" a span of years).</li>
 *   <li>Numbers inside web addresses are ignored.</li>
 * </ul>
 */
package claimdesk.analysis.figures;
