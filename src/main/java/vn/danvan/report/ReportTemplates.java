package vn.danvan.report;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The report templates.
 */
interface ReportTemplates extends ListCrudRepository<ReportTemplate, UUID> {
}
