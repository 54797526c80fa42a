package vn.danvan.emulation.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.emulation.Showcase;
import vn.danvan.emulation.ShowcaseItem;
import vn.danvan.emulation.ShowcaseStory;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * The public showcase over REST, without an account.
 */
@RestController
@RequestMapping("/api/v1/emulation/showcase")
class ShowcaseApi {

    private final Showcase showcase;

    ShowcaseApi(Showcase showcase) {
        this.showcase = showcase;
    }

    @GetMapping
    PageOf<ShowcaseItem> page(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) UUID province, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return showcase.page(new Showcase.Query(q, field, province, year), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    ShowcaseStory story(@PathVariable UUID id) {
        return showcase.story(id);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return EmulationApi.download(showcase.photo(id, photoId));
    }
}
