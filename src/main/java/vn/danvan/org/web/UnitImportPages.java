package vn.danvan.org.web;

import java.io.IOException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.org.UnitImport;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Role;

/**
 * Importing units from CSV or XLSX: check first, see every problem by row and column, and import only a clean file.
 */
@Controller
@RequestMapping("/org/import")
class UnitImportPages {

    private final UnitImport imports;

    UnitImportPages(UnitImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(@AuthenticationPrincipal Actor actor) {
        if (!actor.holds(Role.UNIT_ADMIN)) {
            throw new AccessDenied();
        }
        return "org/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean checkOnly, Model model) throws IOException {
        if (!actor.holds(Role.UNIT_ADMIN)) {
            throw new AccessDenied();
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "table.empty");
            return "org/import";
        }
        try {
            byte[] content = file.getBytes();
            UnitImport.ImportReport report = checkOnly ? imports.check(actor, content) : imports.importUnits(actor, content);
            model.addAttribute("report", report);
            model.addAttribute("checkOnly", checkOnly);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (DomainException e) {
            model.addAttribute("problem", e.code());
            model.addAttribute("problemArgs", e.args());
        }
        return "org/import";
    }
}
