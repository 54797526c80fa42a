package vn.danvan.shared.calendar;

/**
 * Which day next to Quốc khánh (02/09) is its second day off, chosen by the Prime Minister each year
 * (Bộ luật Lao động 2019 Điều 112 k.1 and k.3: 02/09 and one adjacent day, before or after).
 */
public enum NationalDayCompanion {
    /** 01/09. */
    DAY_BEFORE(-1),
    /** 03/09. */
    DAY_AFTER(1);

    private final int offset;

    NationalDayCompanion(int offset) {
        this.offset = offset;
    }

    int offsetFromNationalDay() {
        return offset;
    }
}
