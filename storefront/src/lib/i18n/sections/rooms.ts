// rooms texts live in their own section so several people can add keys without touching one file.
// Russian first; the English object must carry exactly the same keys (the type enforces it).
export const roomsRu = {
} as const;

export const roomsEn: Record<keyof typeof roomsRu, string> = {
};
