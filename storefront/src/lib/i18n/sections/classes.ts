// classes texts live in their own section so several people can add keys without touching one file.
// Russian first; the English object must carry exactly the same keys (the type enforces it).
export const classesRu = {
} as const;

export const classesEn: Record<keyof typeof classesRu, string> = {
};
