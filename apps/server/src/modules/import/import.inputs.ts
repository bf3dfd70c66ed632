import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

export enum ImportEntity {
  CUSTOMER = 'CUSTOMER',
  CONTACT = 'CONTACT',
  LEAD = 'LEAD',
  PRODUCT = 'PRODUCT',
}
registerEnumType(ImportEntity, { name: 'ImportEntity' });

export enum ImportMatchKey {
  EXTERNAL_ID = 'EXTERNAL_ID',
  EMAIL = 'EMAIL',
  NAME_PHONE = 'NAME_PHONE',
}
registerEnumType(ImportMatchKey, { name: 'ImportMatchKey', description: 'How a row finds the record it updates.' });

export enum ImportMode {
  INSERT_ONLY = 'INSERT_ONLY',
  UPSERT = 'UPSERT',
}
registerEnumType(ImportMode, { name: 'ImportMode', description: 'INSERT_ONLY skips (and reports) rows that match a record; UPSERT updates them.' });

@InputType()
export class ColumnMappingInput {
  @Field(() => String, { description: 'A column of the file’s header row.' }) @MaxLength(200) column: string;
  @Field(() => String, { description: 'The field it fills.' }) @MaxLength(50) field: string;
}

const FILE_DESCRIPTION = 'The file’s bytes in base64: CSV (UTF-8, with or without BOM, or GB18030/GBK) or XLSX (first sheet); at most 30 MB and 100,000 rows.';

@ArgsType()
export class PreviewImportArgs {
  @Field(() => ImportEntity) entity: ImportEntity;
  @Field(() => String, { description: FILE_DESCRIPTION }) file: string;
  @Field(() => String) @MaxLength(255) fileName: string;
}

@ArgsType()
export class ImportRecordsArgs extends PreviewImportArgs {
  @Field(() => [ColumnMappingInput]) @ArrayMaxSize(100) mapping: ColumnMappingInput[];
  @Field(() => ImportMatchKey, { nullable: true, description: 'Required for UPSERT; for INSERT_ONLY it finds the duplicates to skip.' }) @IsOptional()
  matchKey?: ImportMatchKey | null;
  @Field(() => ImportMode, { defaultValue: ImportMode.INSERT_ONLY }) mode: ImportMode;
  @Field(() => Boolean, { defaultValue: false, description: 'Check and count only; store nothing.' }) dryRun: boolean;
  @Field(() => Boolean, { defaultValue: false, description: 'Store the good rows and skip the bad ones; by default any bad row stores nothing.' })
  skipErrorRows: boolean;
}

@ArgsType()
export class ImportBatchesArgs {
  @Field(() => ImportEntity) entity: ImportEntity;
}

@ArgsType()
export class UndoImportArgs {
  @Field(() => ID) batchId: string;
}
