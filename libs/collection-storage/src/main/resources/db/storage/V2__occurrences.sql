-- The periods each object's instances occupy, so that a time-range query on a collection reads the
-- objects with an instance in the window instead of parsing every recurring series that spans it.
-- Storage knows them only as periods: [starts_at, ends_at), an instant when both are equal.

-- btree_gist lets one GiST index hold the collection (equality) and the period (overlap); it is a
-- trusted extension (PostgreSQL 13+), which the database owner may create.
create extension if not exists btree_gist;

create table dav_instance (
    object_id     bigint      not null references dav_object (id) on delete cascade,
    collection_id uuid        not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    constraint dav_instance_ordered check (ends_at >= starts_at)
);
create index dav_instance_object on dav_instance (object_id);
create index dav_instance_period on dav_instance
    using gist (collection_id, tstzrange(starts_at, ends_at, '[]'));

-- instances_exact: the rows decide a time-range match on their own. instances_until: the rows list
-- every instance starting before it (an endless series is listed up to a horizon); null: all.
-- Rows written before this migration have no instances and stay with the exact matcher.
alter table dav_object add column instances_exact boolean not null default false;
alter table dav_object add column instances_until timestamptz;

-- The objects a windowed query must still parse: few, so found through their own small index.
create index dav_object_undecided on dav_object (collection_id, first_start)
    where not instances_exact or instances_until is not null;
