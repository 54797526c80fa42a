package vn.danvan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.danvan.document.DocumentDirection;
import vn.danvan.document.DocumentDraft;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.NewDocument;
import vn.danvan.org.OrgStructure;
import vn.danvan.shared.Actor;

/**
 * The three sample documents in the registry, each at the unit that holds it: the 2016 mass-mobilisation plan of the
 * Đồng Nai labour department, the Hà Tĩnh labour department's draft plan on "Dân vận khéo", and the Công văn of the
 * Party committee of Sở Tư pháp Đồng Nai — with their citations as links and stubs.
 */
@Component
@Order(30)
class DemoDocuments implements ApplicationRunner {

    private final DemoData demoData;
    private final DocumentRegistry registry;
    private final OrgStructure org;
    private final Actor system = Actor.system();

    DemoDocuments(DemoData demoData, DocumentRegistry registry, OrgStructure org) {
        this.demoData = demoData;
        this.registry = registry;
        this.org = org;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demoData.enabled() || org.findByCode("DNI-SLDTBXH").isEmpty()
                || registry.findBySymbol(system, "84-CV/ĐU").stream().anyMatch(d -> !d.isStub())) {
            return;
        }
        register("000_6b076b1f970a0aef.txt", "DNI-SLDTBXH", DocumentDirection.OUTGOING);
        register("001_e77826071ea44a9d.txt", "HTI-SLDTBXH", DocumentDirection.REFERENCE);
        register("003_805e6ce0319a12de.txt", "DNI-STP-DU", DocumentDirection.OUTGOING);
    }

    private void register(String file, String unitCode, DocumentDirection direction) throws IOException {
        String text;
        try (InputStream in = new ClassPathResource("demo/documents/" + file).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentDraft draft = registry.read(text);
        registry.register(system, new NewDocument(org.findByCode(unitCode).orElseThrow().id(), direction, draft.fields(),
                text, null, null));
    }
}
