import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Modules whose records have a visibility level: the same list as core/access/levels.ts (role.test.ts checks it). */
export enum AccessModuleName {
  customer = 'customer', opportunity = 'opportunity', lead = 'lead', activity = 'activity',
  contract = 'contract', target = 'target', commission = 'commission', user = 'user',
}
registerEnumType(AccessModuleName, { name: 'AccessModule', description: 'A module whose records a role reads at some level.' });

export enum VisibilityLevel { all = 'all', department = 'department', own = 'own', partner = 'partner', none = 'none' }
registerEnumType(VisibilityLevel, {
  name: 'VisibilityLevel',
  description: 'all: every record; department: the department subtree’s and the pool; own: one’s own and the pool; partner: the partner company’s; none.',
});

@ObjectType()
export class ModuleVisibility {
  @Field(() => AccessModuleName) module: AccessModuleName;
  @Field(() => VisibilityLevel) level: VisibilityLevel;
}

@ObjectType({ description: 'A role: permissions (module:action) and a visibility level per module (SPEC §5).' })
export class AccessRole {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Built-in roles only (SALES_REP, …, PARTNER_ADMIN); the web app names them in the user’s language.' })
  key: string | null;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Boolean, { description: 'Held by partner users (true) or by staff (false).' }) forPartners: boolean;
  @Field(() => [String], { description: 'module:action permissions, e.g. customer:read.' }) permissions: string[];
  @Field(() => [ModuleVisibility], { description: 'Modules read at a level other than the user’s kind.' }) visibility: ModuleVisibility[];
  @Field(() => Int, { description: 'Users holding this role (built-in roles count the users of their kind without a role of their own).' }) userCount: number;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'One module of the permission grid and the actions it offers.' })
export class PermissionModule {
  @Field(() => String) module: string;
  @Field(() => [String]) actions: string[];
}
