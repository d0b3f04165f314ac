"""Las frases de la bitácora nombran lo mismo en los dos motores. En el servidor, los nombres que citan (el miembro de
un pago, el número de su recibo) se leen por ventanas de números vecinos, no de a una fila (cada consulta es un viaje
de ida y vuelta: la bitácora de la red de ejemplo exportada pasó de 10 s a menos de 2); en el archivo, de a una.
Los pagos se registran en un orden que no es el de sus miembros, para que las ventanas no acierten por casualidad."""

from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios import bitacora
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.pagos import NuevoPago, registrar_pago

pytestmark = pytest.mark.ambos_motores

CIUDADES = ["Rosario", "Paraná", "Santa Fe", "Córdoba", "Montevideo", "Salto", "Paysandú", "Porto Alegre"]


def test_cada_pago_se_nombra_con_su_recibo_y_su_miembro(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo")) for nombre in CIUDADES}
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100"))
    emitir(contexto, 2025)
    esperadas = {}
    for nombre in reversed(CIUDADES):
        hecho = registrar_pago(contexto, NuevoPago(ids[nombre], date(2025, 6, 1), "100.00", "USD"))
        esperadas[hecho.pago_id] = f"Pago {hecho.recibo} de {nombre} registrado: USD 100,00"

    frases = {r.entidad_id: r.descripcion for r in bitacora.listar(db, entidad="pagos") if r.accion == "alta"}
    assert {pago: frases[pago][:len(esperada)] for pago, esperada in esperadas.items()} == esperadas
    imputaciones = [r.descripcion for r in bitacora.listar(db, entidad="imputaciones")]
    assert len(imputaciones) == len(CIUDADES)
    for esperada in esperadas.values():   # «la imputación del pago 0001/2025 de Rosario a la cuota anual 2025»
        numero_y_miembro = esperada.removeprefix("Pago ").split(" registrado")[0]
        assert sum(numero_y_miembro in frase for frase in imputaciones) == 1, (numero_y_miembro, imputaciones)

