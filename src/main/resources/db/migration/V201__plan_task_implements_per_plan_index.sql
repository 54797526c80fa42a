-- A cascade finds the copy of a task in each implementing plan: by the task it implements and the plan it is in.
drop index plan_task_implements_idx;
create index plan_task_implements_idx on plan_task (implements_id, plan_id);
