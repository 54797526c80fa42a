package vn.danvan.plan.extraction;

import java.time.MonthDay;

/**
 * A reporting duty a plan sets ("Định kỳ 6 tháng, năm … báo cáo về Sở (Văn phòng Sở)", "trước 15 tháng 12 hàng
 * năm"): the period, the yearly deadline when one is given, the recipient as written, and the sentence.
 */
public record ReportingRule(Period period, MonthDay deadline, String to, String text) {

    /** How often the report is due. */
    public enum Period {
        MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS, ANNUAL, AD_HOC
    }
}
