import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../errors/app-error.ts';

// argon2id with OWASP's recommended minimums (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < 8) throw badInput(field, 'must be at least 8 characters');
  if (password.length > 200) throw badInput(field, 'must be at most 200 characters');
}
