package vn.danvan.emulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.VietnameseText;

/**
 * The public showcase, open without an account: recognised and published models and exemplars by field, province and
 * year, searchable without diacritics ("dan van kheo" finds "Dân vận khéo").
 */
@Service
@Transactional(readOnly = true)
public class Showcase {

    private final JdbcClient jdbc;
    private final OrgStructure org;
    private final MovementDesk desk;
    private final EmulationModels models;

    Showcase(JdbcClient jdbc, OrgStructure org, MovementDesk desk, EmulationModels models) {
        this.jdbc = jdbc;
        this.org = org;
        this.desk = desk;
        this.models = models;
    }

    /** What a visitor filters by; every part optional. */
    public record Query(String q, String field, UUID provinceId, Integer year) {
    }

    /**
     * A search counts its matches only up to this many (the total then says "more than"): counting every row that
     * holds a common word costs more than a visitor gains from the exact figure.
     */
    public static final int SEARCH_COUNT_LIMIT = 1000;

    /** A page of the showcase, newest year first; for a search the total stops at {@link #SEARCH_COUNT_LIMIT} + 1. */
    public PageOf<ShowcaseItem> page(Query query, Paging paging) {
        StringBuilder where = new StringBuilder(" from emulation_model e where e.published = true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.field() != null && !query.field().isBlank()) {
            where.append(" and e.field = :field");
            params.put("field", Field.parse(query.field()).name());
        }
        if (query.provinceId() != null) {
            where.append(" and e.province_id = :province");
            params.put("province", query.provinceId());
        }
        if (query.year() != null) {
            where.append(" and e.year = :year");
            params.put("year", query.year());
        }
        String folded = VietnameseText.fold(query.q());
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            where.append(" and e.search_text like :w").append(i).append(" escape '\\'");
            params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String count = words.length == 0 ? "select count(*)" + where
                : "select count(*) from (select 1" + where + " limit " + (SEARCH_COUNT_LIMIT + 1) + ") m";
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        Map<UUID, String> provinces = new HashMap<>();
        List<ShowcaseItem> items = jdbc.sql("select e.id, e.name, e.kind, e.field, e.unit_name, e.province_id, e.year, e.level, e.problem, "
                + "(select r.form from emulation_recognition r where r.model_id = e.id order by r.decided_on desc limit 1) as award"
                + where + " order by e.year desc, e.name limit :limit offset :offset").params(params)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> {
                    UUID province = rs.getObject("province_id", UUID.class);
                    String problem = rs.getString("problem");
                    return new ShowcaseItem(rs.getObject("id", UUID.class), rs.getString("name"),
                            ModelKind.valueOf(rs.getString("kind")), Field.valueOf(rs.getString("field")), rs.getString("unit_name"),
                            province, provinces.computeIfAbsent(province, this::unitName), rs.getInt("year"),
                            rs.getString("level") == null ? null : Level.valueOf(rs.getString("level")),
                            rs.getString("award") == null ? null : AwardForm.valueOf(rs.getString("award")),
                            problem.length() > 240 ? problem.substring(0, 240) + "…" : problem);
                }).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The provinces and years that have something on the showcase, for the filters. */
    public Map<UUID, String> provinces() {
        Map<UUID, String> provinces = new LinkedHashMap<>();
        jdbc.sql("select distinct province_id from emulation_model where published = true").query(UUID.class).list()
                .forEach(id -> provinces.put(id, unitName(id)));
        List<Map.Entry<UUID, String>> sorted = new ArrayList<>(provinces.entrySet());
        sorted.sort(Map.Entry.comparingByValue(VietnameseText.order()));
        Map<UUID, String> ordered = new LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    public List<Integer> years() {
        return jdbc.sql("select distinct year from emulation_model where published = true order by year desc").query(Integer.class).list();
    }

    /** A published model's story; people and photos only as its unit approved. */
    public ShowcaseStory story(UUID id) {
        EmulationModel model = models.findById(id).filter(EmulationModel::isPublished).orElseThrow(ModelNotFound::new);
        ModelFile file = desk.file(model);
        boolean people = model.isPeoplePublic();
        List<UUID> photos = people ? file.evidence().stream().filter(ModelFile.Evidence::isImage).map(ModelFile.Evidence::id).toList()
                : List.of();
        return new ShowcaseStory(model.id(), model.name(), model.kind(), model.field(), model.unitName(),
                unitName(model.provinceId()), model.year(), model.level(), people ? model.people() : null, model.problem(),
                model.actions(), model.results(), model.startedOn(), file.figures(), file.recognitions(), file.replications(),
                photos);
    }

    /** A photo of a published model whose unit approved showing its people. */
    public MovementDesk.StoredFile photo(UUID modelId, UUID evidenceId) {
        ShowcaseStory story = story(modelId);
        if (!story.photos().contains(evidenceId)) {
            throw new ModelNotFound();
        }
        return desk.evidenceFile(modelId, evidenceId);
    }

    private String unitName(UUID id) {
        return org.find(id).map(UnitSummary::name).orElse("");
    }
}
