-- A notice names what it opens by the kind of record and its id (issue 25), no longer by a page's address:
-- the domain says what a notice is about and the web layer alone knows which page shows it. The addresses
-- stored until now become kinds and ids. Every address earlier releases wrote has one of the four forms
-- below; anything else would lose its link (the notice stays, with nothing to open). Written to run
-- unchanged on PostgreSQL 15 and on H2 2.x.
alter table notice add column link_kind varchar(30);
alter table notice add column link_id bigint;

update notice
   set link_kind = 'CASE',
       link_id = cast(substring(link from char_length('/cases/view.xhtml?id=') + 1) as bigint)
 where link like '/cases/view.xhtml?id=%'
   and char_length(link) between char_length('/cases/view.xhtml?id=') + 1 and char_length('/cases/view.xhtml?id=') + 18
   and ltrim(substring(link from char_length('/cases/view.xhtml?id=') + 1), '0123456789') = '';

update notice
   set link_kind = 'FOLLOW_UP',
       link_id = cast(substring(link from char_length('/followups/work.xhtml?id=') + 1) as bigint)
 where link like '/followups/work.xhtml?id=%'
   and char_length(link) between char_length('/followups/work.xhtml?id=') + 1 and char_length('/followups/work.xhtml?id=') + 18
   and ltrim(substring(link from char_length('/followups/work.xhtml?id=') + 1), '0123456789') = '';

update notice set link_kind = 'MY_REVIEWS' where link = '/reviews/mine.xhtml';

-- A handover of all of someone's work opened the home page, which shows your own work.
update notice set link_kind = 'MY_WORK' where link = '/';

alter table notice drop column link;
alter table notice add constraint ck_notice_link check (link_id is null or link_kind is not null);
