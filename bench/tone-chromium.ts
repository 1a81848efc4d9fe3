export async function measureInChromium(_set: unknown[]): Promise<void> {}
