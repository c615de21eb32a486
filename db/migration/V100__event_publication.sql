-- Issue 10: Spring Modulith's JDBC event publication registry. An event that a listener in
-- another module handles (@ApplicationModuleListener) is stored here in the publisher's
-- transaction and marked completed when the listener's own transaction commits, so a
-- crash between the two loses nothing. The table is Spring Modulith 2's PostgreSQL schema
-- (schemas/v2/schema-postgresql.sql of spring-modulith-events-jdbc);
-- spring.modulith.events.jdbc.schema-initialization.enabled=false, Flyway owns it.
create table event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
