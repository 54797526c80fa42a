package vn.danvan.emulation.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.emulation.Field;
import vn.danvan.emulation.Showcase;
import vn.danvan.shared.Paging;

/**
 * The public showcase of recognised models and exemplars, open without an account.
 */
@Controller
@RequestMapping("/showcase")
class ShowcasePages {

    private final Showcase showcase;

    ShowcasePages(Showcase showcase) {
        this.showcase = showcase;
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) UUID province, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, Model model) {
        String chosenField = field == null || field.isBlank() ? null : field;
        model.addAttribute("results", showcase.page(new Showcase.Query(q, chosenField, province, year), Paging.of(page, 20)));
        model.addAttribute("countLimit", Showcase.SEARCH_COUNT_LIMIT);
        model.addAttribute("q", q);
        model.addAttribute("field", chosenField);
        model.addAttribute("province", province);
        model.addAttribute("year", year);
        model.addAttribute("fields", Field.values());
        model.addAttribute("provinces", showcase.provinces());
        model.addAttribute("years", showcase.years());
        return "emulation/showcase";
    }

    @GetMapping("/{id}")
    String story(@PathVariable UUID id, Model model) {
        model.addAttribute("s", showcase.story(id));
        return "emulation/story";
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return EmulationApi.download(showcase.photo(id, photoId));
    }
}
