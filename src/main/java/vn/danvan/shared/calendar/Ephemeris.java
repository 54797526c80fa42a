package vn.danvan.shared.calendar;

/**
 * Positions of the Sun and the Moon, by the low-precision series of Jean Meeus ("Astronomical Algorithms")
 * that Hồ Ngọc Đức's Vietnamese calendar uses; accurate to minutes for 1900–2199, which is what deciding the
 * day of a new moon or the month of a solar term needs.
 */
final class Ephemeris {

    /** Mean length of a lunation in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    /** Julian day of the mean new moon of 1 January 1900 (lunation 0), the epoch of the lunation numbering. */
    static final double LUNATION_EPOCH = 2415021.076998695;

    /** Julian day number of 1 January 1970, so that epoch day = Julian day number − this. */
    static final long JULIAN_DAY_OF_EPOCH = 2440588;

    private static final double RADIANS = Math.PI / 180;

    private Ephemeris() {
    }

    /** The Julian day (UT) of the true new moon of lunation {@code k}, counted from the new moon of 1 January 1900. */
    static double newMoon(int k) {
        double t = k / 1236.85; // Julian centuries since 1900-01-01, at the pace of lunations
        double t2 = t * t;
        double t3 = t2 * t;
        double meanNewMoon = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly)
                - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * moonLatitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * moonLatitude + sunAnomaly)
                - 0.0004 * sin(2 * moonLatitude - sunAnomaly) - 0.0006 * sin(2 * moonLatitude + moonAnomaly)
                + 0.0010 * sin(2 * moonLatitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        // The series gives dynamical time; ΔT turns it into universal time, which clocks (and time zones) follow.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return meanNewMoon + correction - deltaT;
    }

    /** The Julian day number of the local day (UTC+{@code utcOffsetHours}) of the new moon of lunation {@code k}. */
    static long newMoonDay(int k, double utcOffsetHours) {
        return (long) Math.floor(newMoon(k) + 0.5 + utcOffsetHours / 24);
    }

    /** The apparent ecliptic longitude of the Sun, in radians within [0, 2π), at Julian day {@code julianDay} (UT). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * RADIANS;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    /**
     * The 30° sector (0–11) of the Sun's longitude at the local midnight that begins day {@code julianDayNumber};
     * a major solar term (trung khí) falls in a month exactly when this sector changes during the month.
     */
    static int sunSector(long julianDayNumber, double utcOffsetHours) {
        double localMidnight = julianDayNumber - 0.5 - utcOffsetHours / 24;
        return (int) Math.floor(sunLongitude(localMidnight) / Math.PI * 6);
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RADIANS);
    }
}
