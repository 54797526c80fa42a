-- H2 has neither trigram nor partial indexes; an index in the showcase's order is what it can use.
create index emulation_model_published_order_idx on emulation_model (published, year desc, name);
