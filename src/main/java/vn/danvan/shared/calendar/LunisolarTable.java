package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The months of the lunisolar calendar computed for one time zone, by the rules of the Vietnamese (and Chinese)
 * calendar: a month starts on the local day that contains the new moon, month 11 contains the winter solstice, and
 * in a year of 13 months the first month without a major solar term is the leap month.
 *
 * <p>The time zone is a parameter because the zone decides the day of a new moon: Vietnam has computed its calendar
 * for UTC+7 since 1967, China for UTC+8, and the two disagree in 1968, 1969, 1985, 2007, 2030 and 2053 (VIETNAM.md
 * §7.2). The whole range is computed once, so conversions are a binary search and an array read.
 */
final class LunisolarTable {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Sector 9 of the Sun's longitude starts at 270°, the winter solstice. */
    private static final int WINTER_SOLSTICE_SECTOR = 9;

    private final double utcOffsetHours;
    /** Epoch day each month starts on, in order, followed by the day after the last month. */
    private final int[] monthStart;
    private final int[] monthYear;
    private final byte[] monthNumber;
    private final boolean[] monthLeap;
    /** Lunar years whose every month is in the table; years outside only have a few months at either end. */
    private final int firstWholeYear;
    private final int lastWholeYear;
    /** Index of the first month of lunar year {@code firstWholeYear + i}; one more entry closes the last year. */
    private final int[] yearStart;

    private LunisolarTable(double utcOffsetHours) {
        this.utcOffsetHours = utcOffsetHours;
        // Month 11 of two solar years back still reaches into the first lunar year that January 1900 touches.
        int fromYear = EARLIEST.getYear() - 2;
        int toYear = LATEST.getYear();
        int capacity = (toYear - fromYear + 1) * 13 + 1;
        int[] starts = new int[capacity];
        int[] years = new int[capacity];
        byte[] numbers = new byte[capacity];
        boolean[] leaps = new boolean[capacity];
        int size = 0;

        int month11 = month11Lunation(fromYear);
        for (int year = fromYear; year <= toYear; year++) {
            int nextMonth11 = month11Lunation(year + 1);
            int months = nextMonth11 - month11;
            if (months != 12 && months != 13) {
                throw new IllegalStateException("Lunar year after month 11 of " + year + " has " + months + " months");
            }
            int leapIndex = months == 13 ? leapMonthIndex(month11) : -1;
            boolean newYearReached = false;
            for (int i = 0; i < months; i++) {
                boolean leap = i == leapIndex;
                // A leap month repeats the number of the month before it, so the numbering after it lags by one.
                int ordinal = leapIndex >= 0 && i >= leapIndex ? i + 10 : i + 11;
                int number = (ordinal - 1) % 12 + 1;
                if (number == 1 && !leap) {
                    newYearReached = true;
                }
                starts[size] = epochDay(Ephemeris.newMoonDay(month11 + i, utcOffsetHours));
                years[size] = newYearReached ? year + 1 : year;
                numbers[size] = (byte) number;
                leaps[size] = leap;
                size++;
            }
            month11 = nextMonth11;
        }
        starts[size] = epochDay(Ephemeris.newMoonDay(month11, utcOffsetHours));

        this.monthStart = Arrays.copyOf(starts, size + 1);
        this.monthYear = Arrays.copyOf(years, size);
        this.monthNumber = Arrays.copyOf(numbers, size);
        this.monthLeap = Arrays.copyOf(leaps, size);
        this.firstWholeYear = monthYear[0] + 1;
        this.lastWholeYear = monthYear[size - 1] - 1;
        this.yearStart = new int[lastWholeYear - firstWholeYear + 2];
        for (int i = 0, year = firstWholeYear; i < size && year <= lastWholeYear + 1; i++) {
            if (monthYear[i] == year) {
                yearStart[year - firstWholeYear] = i;
                year++;
            }
        }
    }

    /** The calendar for a zone {@code utcOffsetHours} east of Greenwich; 7 for Vietnam. */
    static LunisolarTable forUtcOffset(double utcOffsetHours) {
        return new LunisolarTable(utcOffsetHours);
    }

    LunarDate toLunar(LocalDate date) {
        requireSupported(date);
        int day = (int) date.toEpochDay();
        int found = Arrays.binarySearch(monthStart, 0, monthYear.length, day);
        int month = found >= 0 ? found : -found - 2;
        return new LunarDate(monthYear[month], monthNumber[month], day - monthStart[month] + 1, monthLeap[month]);
    }

    LocalDate toSolar(LunarDate date) {
        int month = monthIndex(date);
        int length = monthStart[month + 1] - monthStart[month];
        if (date.day() > length) {
            throw new NoSuchLunarDate(date, "month " + describe(date.month(), date.leap()) + " of lunar year "
                    + date.year() + " has only " + length + " days");
        }
        LocalDate solar = LocalDate.ofEpochDay(monthStart[month] + date.day() - 1L);
        if (solar.isBefore(EARLIEST) || solar.isAfter(LATEST)) {
            throw new DateOutOfCalendarRange(date + " falls on " + solar + ", outside " + EARLIEST + " – " + LATEST);
        }
        return solar;
    }

    int daysInMonth(int year, int month, boolean leap) {
        int index = monthIndex(new LunarDate(year, month, 1, leap));
        return monthStart[index + 1] - monthStart[index];
    }

    OptionalInt leapMonth(int year) {
        requireWholeYear(year);
        for (int i = yearStart[year - firstWholeYear]; i < yearStart[year - firstWholeYear + 1]; i++) {
            if (monthLeap[i]) {
                return OptionalInt.of(monthNumber[i]);
            }
        }
        return OptionalInt.empty();
    }

    private int monthIndex(LunarDate date) {
        int year = date.year();
        requireWholeYear(year);
        for (int i = yearStart[year - firstWholeYear]; i < yearStart[year - firstWholeYear + 1]; i++) {
            if (monthNumber[i] == date.month() && monthLeap[i] == date.leap()) {
                return i;
            }
        }
        OptionalInt leapMonth = leapMonth(year);
        throw new NoSuchLunarDate(date, "lunar year " + year + " has no month " + describe(date.month(), date.leap())
                + (leapMonth.isPresent() ? "; its leap month is " + leapMonth.getAsInt() : "; it has no leap month"));
    }

    private void requireWholeYear(int year) {
        if (year < firstWholeYear || year > lastWholeYear) {
            throw new DateOutOfCalendarRange("Lunar year " + year + " is outside the supported lunar years "
                    + firstWholeYear + " – " + lastWholeYear);
        }
    }

    private static void requireSupported(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DateOutOfCalendarRange(date + " is outside the supported days " + EARLIEST + " – " + LATEST);
        }
    }

    /** The lunation whose month contains the winter solstice of solar year {@code year}. */
    private int month11Lunation(int year) {
        long lastDayOfYear = LocalDate.of(year, 12, 31).toEpochDay() + Ephemeris.JULIAN_DAY_OF_EPOCH;
        int k = (int) Math.floor((lastDayOfYear - 2415021) / Ephemeris.SYNODIC_MONTH);
        // The new moon just before 31 December starts month 11 unless the solstice has already passed by then.
        if (Ephemeris.sunSector(Ephemeris.newMoonDay(k, utcOffsetHours), utcOffsetHours) >= WINTER_SOLSTICE_SECTOR) {
            k--;
        }
        return k;
    }

    /** Months after month 11 up to the first one in which the Sun enters no new 30° sector, i.e. has no major term. */
    private int leapMonthIndex(int month11) {
        int sector = Ephemeris.sunSector(Ephemeris.newMoonDay(month11 + 1, utcOffsetHours), utcOffsetHours);
        for (int i = 1; i <= 12; i++) {
            int nextSector = Ephemeris.sunSector(Ephemeris.newMoonDay(month11 + i + 1, utcOffsetHours), utcOffsetHours);
            if (nextSector == sector) {
                return i;
            }
            sector = nextSector;
        }
        throw new IllegalStateException("No month without a major solar term after lunation " + month11);
    }

    private static int epochDay(long julianDayNumber) {
        return Math.toIntExact(julianDayNumber - Ephemeris.JULIAN_DAY_OF_EPOCH);
    }

    private static String describe(int month, boolean leap) {
        return leap ? month + " (leap)" : String.valueOf(month);
    }
}
