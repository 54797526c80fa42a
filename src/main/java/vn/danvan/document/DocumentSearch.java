package vn.danvan.document;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Full-text search over registered documents, without diacritics ("dan van kheo" finds "Dân vận khéo", "đ" as "d"),
 * across symbol, title, issuer and text, only among the units the reader sees, with the matches highlighted. The index
 * follows every change once it has committed.
 */
@Service
public class DocumentSearch {

    private final DocumentIndex index;

    DocumentSearch(DocumentIndex index) {
        this.index = index;
    }

    public PageOf<SearchHit> search(Actor actor, String query, Paging paging) {
        SymbolKey key = query == null ? null : SymbolKey.of(query.strip());
        return index.search(query, key == null ? null : key.key(), actor.scope(), paging);
    }

    @TransactionalEventListener
    void on(DocumentChange change) {
        index.refresh(change.documentId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        index.open();
    }
}
