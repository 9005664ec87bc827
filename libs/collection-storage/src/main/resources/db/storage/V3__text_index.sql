-- The folded text of the properties a service lets clients search (a card's FN, EMAIL, TEL, ORG),
-- so that a text-match reads the objects that can match instead of parsing a whole collection.
-- pg_trgm's GIN index serves LIKE for contains, starts-with and ends-with alike; it is a trusted
-- extension (PostgreSQL 13+), which the database owner may create.
create extension if not exists pg_trgm;

create table dav_text (
    object_id     bigint      not null references dav_object (id) on delete cascade,
    collection_id uuid        not null,
    property      varchar(32) not null,
    value         text        not null
);
create index dav_text_object on dav_text (object_id);
create index dav_text_collection on dav_text (collection_id, property);
create index dav_text_value on dav_text using gin (value gin_trgm_ops);
