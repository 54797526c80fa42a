package vn.danvan.shared.calendar;

/**
 * The public holidays of Bộ luật Lao động 2019 Điều 112 k.1, with the names they carry in Vietnamese schedules.
 */
enum StatutoryHoliday {
    NEW_YEAR("Tết Dương lịch"),
    LUNAR_NEW_YEAR("Tết Nguyên đán"),
    HUNG_KINGS_COMMEMORATION("Giỗ Tổ Hùng Vương"),
    VICTORY_DAY("Ngày Chiến thắng"),
    LABOUR_DAY("Quốc tế Lao động"),
    NATIONAL_DAY("Quốc khánh");

    static final String IN_LIEU_PREFIX = "Nghỉ bù ";

    private final String vietnameseName;

    StatutoryHoliday(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    String vietnameseName() {
        return vietnameseName;
    }
}
