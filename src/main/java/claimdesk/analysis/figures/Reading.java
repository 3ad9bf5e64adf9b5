package claimdesk.analysis.figures;

/** The subject, event, place (token ranges) and period read around one number; any part may be null. */
record Reading(TokenRange subject, TokenRange event, TokenRange place, PeriodResolver.Found period) {

    /** This reading with its missing parts taken from {@code other}; the subject too if {@code withSubject}. */
    Reading fill(Reading other, boolean withSubject) {
        if (other == null) {
            return this;
        }
        return new Reading(subject == null && withSubject ? other.subject : subject,
                event != null ? event : other.event, place != null ? place : other.place,
                period != null ? period : other.period);
    }

    boolean isComplete() {
        return event != null && place != null && period != null;
    }
}
