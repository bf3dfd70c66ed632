import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportMatchKey } from './import.inputs.ts';

@ObjectType()
export class ColumnMapping {
  @Field(() => String) column: string;
  @Field(() => String) field: string;
}

@ObjectType()
export class ImportFieldInfo {
  @Field(() => String) key: string;
  @Field(() => Boolean) required: boolean;
}

@ObjectType()
export class ImportPreview {
  @Field(() => [String]) columns: string[];
  @Field(() => [ColumnMapping], { description: 'The user’s saved mapping where the columns still exist, then columns whose header names a field.' })
  mapping: ColumnMapping[];
  @Field(() => [[String]], { description: 'The first 20 data rows, cells in the order of columns.' }) rows: string[][];
  @Field(() => Int) rowCount: number;
  @Field(() => [ImportFieldInfo]) fields: ImportFieldInfo[];
  @Field(() => [ImportMatchKey]) matchKeys: ImportMatchKey[];
}

@ObjectType({ description: 'A bad cell: "row 12, email: not an email address" (rows numbered as in the file, the header is row 1).' })
export class ImportRowError {
  @Field(() => Int) row: number;
  @Field(() => String) field: string;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'A row that names the same record as an earlier row of the file, or an existing record (INSERT_ONLY skips those).' })
export class ImportDuplicate {
  @Field(() => Int) row: number;
  @Field(() => Int, { nullable: true, description: 'The earlier row of the file.' }) sameAsRow: number | null;
  @Field(() => ID, { nullable: true, description: 'The existing record.' }) recordId: string | null;
}

@ObjectType()
export class ImportResult {
  @Field(() => ID, { nullable: true, description: 'The batch stored; null for a dry run or when nothing was stored.' }) batchId: string | null;
  @Field(() => Boolean, { description: 'Whether anything was stored.' }) stored: boolean;
  @Field(() => Int) rowCount: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int, { description: 'Duplicates INSERT_ONLY left alone, and bad rows when skipErrorRows.' }) skipped: number;
  @Field(() => Int) errorCount: number;
  @Field(() => [ImportRowError], { description: 'The first 1,000 bad cells.' }) errors: ImportRowError[];
  @Field(() => [ImportDuplicate], { description: 'The first 1,000 duplicates.' }) duplicates: ImportDuplicate[];
}

@ObjectType()
export class ImportBatch {
  @Field(() => ID) id: string;
  @Field(() => String) entity: string;
  @Field(() => String) fileName: string;
  @Field(() => String) mode: string;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) skipped: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) undoneAt: Date | null;
}
