export class SubscriptionPage {
  constructor(page) {
    this.page = page;
  }

  async changeState(stateLabel, effectiveDate) {
    await this.page.getByRole('combobox', { name: 'Nuevo estado' }).click();
    await this.page.getByRole('option', { name: stateLabel, exact: true }).click();
    await this.page.getByRole('textbox', { name: 'Fecha efectiva' }).first().fill(effectiveDate);
    await this.page.getByRole('button', { name: 'Cambiar estado' }).click();
  }

  offeredStates() {
    return this.page.getByRole('option');
  }
}
