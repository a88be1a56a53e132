// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '../server/auth/accounts';

declare global {
	namespace App {
		interface Locals {
			user: User | null;
			token: string | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
