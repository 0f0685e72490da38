// The module shipped-answers-plugin.ts builds: the shipped notebook's first answers.
declare module 'virtual:shipped-answers' {
  const answers: import('./shipped-answers.ts').ShippedAnswers;
  export default answers;
}
