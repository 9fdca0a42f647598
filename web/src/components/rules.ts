/** A form field that must hold more than blanks, with what to say when it does not. */
export const required = (message: string) => [{ required: true, whitespace: true, message }];
