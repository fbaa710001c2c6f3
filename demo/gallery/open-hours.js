// Gallery only: opens the weekly hours of every channel of the pickers on the page, as a
// citizen would by pressing "Horario", so that the tables can be looked at without a click.
await customElements.whenDefined('vn-channel-picker');
for (const picker of document.querySelectorAll('vn-channel-picker')) {
  await picker.settled?.();
  for (const details of picker.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
}
