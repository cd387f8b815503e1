/** How many words a message has, as the steps count them to tell a bare "non" from a sentence that says more. */
export const wordCount = (text: string): number => text.trim().split(/\s+/).length;
