package vn.danvan.plan.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.plan.ImportPreview;
import vn.danvan.plan.ImportRequest;
import vn.danvan.plan.PlanImport;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;

/**
 * Importing a plan document over REST: a preview of what an uploaded or registered document says (nothing saved),
 * then the reviewed items confirmed into a draft plan.
 */
@RestController
@RequestMapping("/api/v1/plans/import")
class PlanImportApi {

    private final PlanImport imports;

    PlanImportApi(PlanImport imports) {
        this.imports = imports;
    }

    /** What an uploaded file says, for the owning unit. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview previewUpload(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID owningUnitId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) UUID documentId) throws IOException {
        if (file == null || file.isEmpty()) {
            if (documentId != null) {
                return imports.preview(actor, owningUnitId, documentId);
            }
            throw InvalidInput.field("file", "plan.import.file-empty");
        }
        return imports.preview(actor, owningUnitId, file.getBytes(), file.getOriginalFilename());
    }

    /** A registered document to read. */
    record DocumentRequest(UUID owningUnitId, UUID documentId) {
    }

    /** What a registered document says, for the owning unit. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportPreview previewDocument(@AuthenticationPrincipal Actor actor, @RequestBody DocumentRequest request) {
        return imports.preview(actor, request.owningUnitId(), request.documentId());
    }

    /** Makes the draft plan from the reviewed items. */
    @PostMapping(path = "/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PlanDtos.Created confirm(@AuthenticationPrincipal Actor actor, @RequestBody ImportRequest request) {
        return new PlanDtos.Created(imports.confirm(actor, request));
    }
}
