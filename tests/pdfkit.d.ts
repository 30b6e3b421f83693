// pdfkit ships no types; the test that reads its font objects needs none.
declare module 'pdfkit';
