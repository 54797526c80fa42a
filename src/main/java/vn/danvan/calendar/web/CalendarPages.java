package vn.danvan.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.calendar.OfficialCalendar;
import vn.danvan.calendar.ScheduleLine;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.calendar.LunarCalendar;
import vn.danvan.shared.calendar.LunarDate;

/**
 * The calendar of a year as handlers count deadlines on it, a lunar date converter, and for system administrators the
 * official schedule's entry and import.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

    private final OfficialCalendar official;
    private final Clock clock;

    CalendarPages(OfficialCalendar official, Clock clock) {
        this.official = official;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate date, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null ? today.getYear() : year;
        model.addAttribute("calendarYear", official.year(shown));
        LocalDate converted = date == null ? today : date;
        LunarDate lunar = OfficialCalendar.checked(() -> LunarCalendar.toLunar(converted));
        model.addAttribute("date", converted);
        model.addAttribute("lunar", lunar);
        return "calendar/year";
    }

    @GetMapping("/{year}/official")
    String officialForm(@AuthenticationPrincipal Actor actor, @PathVariable int year, Model model) {
        requireAdministrator(actor);
        model.addAttribute("lines", text(official.lines(year)));
        return officialView(year, model);
    }

    @PostMapping("/{year}/official")
    String announce(@AuthenticationPrincipal Actor actor, @PathVariable int year, @RequestParam(defaultValue = "") String lines,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        requireAdministrator(actor);
        try {
            official.announce(actor, year, ScheduleLine.parse(ScheduleLine.rowsOf(lines)), note);
            redirect.addFlashAttribute("flash", "calendar.official.saved");
            return "redirect:/calendar?year=" + year;
        } catch (DomainException e) {
            model.addAttribute("lines", lines);
            model.addAttribute("errors", e.fieldProblems().isEmpty()
                    ? List.of(new DomainException.FieldProblem("lines", e.code(), e.args())) : e.fieldProblems());
            return officialView(year, model);
        }
    }

    @PostMapping("/{year}/official/withdraw")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable int year, RedirectAttributes redirect) {
        official.withdraw(actor, year);
        redirect.addFlashAttribute("flash", "calendar.official.withdrawn");
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/official/import")
    String importTable(@AuthenticationPrincipal Actor actor, @RequestParam("file") MultipartFile file,
            @RequestParam int year, Model model, RedirectAttributes redirect) throws IOException {
        requireAdministrator(actor);
        try {
            Map<Integer, Integer> counts = official.importTable(actor, file.getBytes());
            redirect.addFlashAttribute("flash", "calendar.official.imported");
            return "redirect:/calendar?year=" + counts.keySet().iterator().next();
        } catch (DomainException e) {
            model.addAttribute("lines", text(official.lines(year)));
            model.addAttribute("errors", e.fieldProblems().isEmpty()
                    ? List.of(new DomainException.FieldProblem("file", e.code(), e.args())) : e.fieldProblems());
            return officialView(year, model);
        }
    }

    private String officialView(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("announced", official.isAnnounced(year));
        return "calendar/official";
    }

    private static String text(List<ScheduleLine> lines) {
        return lines.stream().map(l -> l.date() + "," + (l.kind() == ScheduleLine.Kind.OFF ? "nghỉ" : "làm bù") + "," + l.name())
                .collect(Collectors.joining("\n"));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.isSystemAdmin()) {
            throw new AccessDenied();
        }
    }
}
