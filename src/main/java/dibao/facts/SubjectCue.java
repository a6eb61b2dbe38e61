package dibao.facts;

/**
 * A place in an article's text that names (or points to) who or what figures are about.
 *
 * @param start   char index of the cue in the article text
 * @param end     char index after it
 * @param subject the subject it resolves to, in its fullest form (我市 -> 衡阳市)
 * @param role    CITY, PROVINCE, COUNTRY, ORG, ZONE, DISTRICT, TOWN, PLACE
 */
record SubjectCue(int start, int end, String subject, String role) {
}
