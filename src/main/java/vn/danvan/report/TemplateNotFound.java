package vn.danvan.report;

import vn.danvan.shared.NotFound;

/** No such report template among those the actor sees. */
public class TemplateNotFound extends NotFound {
    public TemplateNotFound() {
        super("report.template.not-found");
    }
}
