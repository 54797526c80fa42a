package vn.danvan.shared.calendar;

/**
 * How the days off of Tết Nguyên đán are laid around the first day of the lunar year, which the Prime Minister
 * decides each year (Bộ luật Lao động 2019 Điều 112 k.1 and k.3); the usual patterns are the last day of the old
 * year and the first four of the new one, or two days before and three after.
 *
 * @param daysBeforeNewYear the last days of the old lunar year that are off
 * @param daysFromNewYear   the first days of the new lunar year that are off, counting its first day (mùng 1)
 */
public record TetPattern(int daysBeforeNewYear, int daysFromNewYear) {

    /** The last day of the old year and the first four days of the new one. */
    public static final TetPattern ONE_BEFORE_FOUR_AFTER = new TetPattern(1, 4);

    /** The last two days of the old year and the first three days of the new one. */
    public static final TetPattern TWO_BEFORE_THREE_AFTER = new TetPattern(2, 3);

    /** At most this many days on either side, which keeps Tết inside its solar year (it falls 21/01–20/02). */
    private static final int LONGEST_SIDE = 9;

    public TetPattern {
        if (daysBeforeNewYear < 0 || daysFromNewYear < 0 || daysBeforeNewYear + daysFromNewYear == 0
                || daysBeforeNewYear > LONGEST_SIDE || daysFromNewYear > LONGEST_SIDE) {
            throw new IllegalArgumentException("A Tết pattern needs 0–" + LONGEST_SIDE + " days on each side and at "
                    + "least one day in all, not " + daysBeforeNewYear + " before and " + daysFromNewYear + " from");
        }
    }

    /** The number of days off the pattern gives, five under the 2019 Labour Code. */
    public int length() {
        return daysBeforeNewYear + daysFromNewYear;
    }
}
