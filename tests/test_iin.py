from skma_training.domain.iin import check_digit, is_valid_iin, with_check_digit


def test_known_valid_iins_from_the_sample_roster():
    for iin in ("650103302000", "700204402018", "000810602079", "950709302068"):
        assert is_valid_iin(iin)


def test_wrong_check_digit_length_or_characters_are_refused():
    assert not is_valid_iin("650103302001")
    assert not is_valid_iin("65010330200")
    assert not is_valid_iin("6501033020000")
    assert not is_valid_iin("65010330200a")
    assert not is_valid_iin("６５０１０３３０２０００")  # full-width digits


def test_second_weights_are_used_when_the_first_sum_gives_ten():
    # first weights: 1*1+...; chosen so the first pass gives 10
    for n in range(10000):
        body = f"6501033{n:04d}"
        first = sum(int(c) * w for c, w in zip(body, range(1, 12))) % 11
        if first == 10:
            digit = check_digit(body)
            second = sum(int(c) * w for c, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
            assert digit == (None if second == 10 else second)
            if digit is not None:
                assert is_valid_iin(with_check_digit(body))
            return
    raise AssertionError("no example found")
