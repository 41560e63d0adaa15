-- Run once by the postgres image on an empty volume (docker-compose.yml). One database and one login role per
-- service: a service owns its schema (Flyway) and never reads another service's tables. The passwords are the
-- compose defaults for a single machine; production takes them from secrets (deploy/k8s).
create role vacancy login password 'vacancy';
create database vacancy owner vacancy;

create role permit login password 'permit';
create database permit owner permit;

create role quota login password 'quota';
create database quota owner quota;

create role contract login password 'contract';
create database contract owner contract;

create role inspection login password 'inspection';
create database inspection owner inspection;
