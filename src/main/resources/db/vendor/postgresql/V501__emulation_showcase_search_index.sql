-- The public showcase searches the accent-folded text by word fragments (LIKE '%word%') and lists published models
-- newest year first: a trigram index serves the first, a partial index in the list's order the second.
create extension if not exists pg_trgm;
create index emulation_model_search_trgm_idx on emulation_model using gin (search_text gin_trgm_ops);
create index emulation_model_published_order_idx on emulation_model (year desc, name) where published;
